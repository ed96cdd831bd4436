package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func worker(ctx context.Context, id int, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx, ctx.Err())
	out := make(chan string)
	go worker(ctx, 1, out)
	time.Sleep(30 * time.Millisecond)
	cancel()
	fmt.Println(<-out)
	cancel()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(bg, 50*time.Millisecond)
	defer tcancel()
	_, has := tctx.Deadline()
	fmt.Println("has deadline:", has)
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(2 * time.Second):
		fmt.Println("timer did not fire")
	}

	vctx := context.WithValue(bg, key("user"), "gopher")
	child, ccancel := context.WithCancel(vctx)
	fmt.Println(child.Value(key("user")), child.Value(key("other")), vctx)
	parent, pcancel := context.WithCancel(bg)
	c1, c1cancel := context.WithCancel(parent)
	defer c1cancel()
	c2, c2cancel := context.WithTimeout(c1, time.Hour)
	defer c2cancel()
	pcancel()
	<-c2.Done()
	fmt.Println("cascade:", c1.Err(), c2.Err())
	ccancel()
	dctx, dcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println("past deadline:", dctx.Err())
	dcancel()
	var de interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &de), de.Timeout())
}
