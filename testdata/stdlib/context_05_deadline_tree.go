package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	root, cancelRoot := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancelRoot()
	child, cancelChild := context.WithTimeout(root, time.Hour)
	defer cancelChild()
	d1, ok1 := root.Deadline()
	d2, ok2 := child.Deadline()
	fmt.Println(ok1, ok2, d1.Equal(d2))
	valued := context.WithValue(child, "k", "v")
	<-valued.Done()
	fmt.Println(root.Err(), child.Err(), valued.Err())
	fmt.Println(errors.Is(child.Err(), context.DeadlineExceeded), child.Err() == context.DeadlineExceeded)
	late, cancelLate := context.WithDeadline(context.Background(), time.Now().Add(time.Hour))
	early, cancelEarly := context.WithCancel(late)
	cancelLate()
	<-early.Done()
	fmt.Println(early.Err(), late.Err())
	cancelEarly()
	_, hasDeadline := context.Background().Deadline()
	fmt.Println(hasDeadline, context.TODO())
}
