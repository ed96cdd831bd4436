package main

import (
	"context"
	"errors"
	"fmt"
)

type key string

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done early")
	default:
		fmt.Println("not done")
	}
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel()
	fmt.Println(ctx.Err())
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	vctx := context.WithValue(child, key("user"), "gopher")
	pcancel()
	<-vctx.Done()
	fmt.Println(child.Err(), vctx.Err(), vctx.Value(key("user")), vctx.Value(key("x")), vctx.Value("user"))
	_, has := context.Background().Deadline()
	fmt.Println(has, context.Background().Err(), context.TODO().Done() == nil)
	fmt.Println(context.Background(), context.TODO())
	fmt.Println(context.DeadlineExceeded, errors.Is(context.DeadlineExceeded, context.Canceled))
}
