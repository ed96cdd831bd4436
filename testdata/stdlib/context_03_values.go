package main

import (
	"context"
	"fmt"
)

type ctxKey string

func handle(ctx context.Context) {
	if id, ok := ctx.Value(ctxKey("request-id")).(string); ok {
		fmt.Println("request id:", id)
	} else {
		fmt.Println("no request id")
	}
	fmt.Println("user:", ctx.Value(ctxKey("user")))
}

func main() {
	ctx := context.Background()
	handle(ctx)
	ctx = context.WithValue(ctx, ctxKey("request-id"), "abc-123")
	ctx = context.WithValue(ctx, ctxKey("user"), "gopher")
	handle(ctx)
	inner, cancel := context.WithCancel(ctx)
	defer cancel()
	inner = context.WithValue(inner, ctxKey("user"), "override")
	handle(inner)
	fmt.Println(ctx.Value("request-id"), ctx.Value(ctxKey("missing")))
	fmt.Println(inner)
}
