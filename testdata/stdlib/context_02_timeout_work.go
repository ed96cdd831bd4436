package main

import (
	"context"
	"fmt"
	"time"
)

func slowOperation(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "done after " + d.String(), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	for _, d := range []time.Duration{10 * time.Millisecond, 500 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		res, err := slowOperation(ctx, d)
		cancel()
		fmt.Printf("%q %v\n", res, err)
	}
}
