package main

import "time"

type MyErr struct{ Code int }

func (e MyErr) Error() string { return "my error" }

func main() {
	go func() {
		panic(MyErr{42})
	}()
	time.Sleep(500 * time.Millisecond)
}
