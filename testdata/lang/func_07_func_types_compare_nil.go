package main

import "fmt"

type Handler func(string) string

type Middleware func(Handler) Handler

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func wrap(tag string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string { return "<" + tag + ">" + next(s) + "</" + tag + ">" }
	}
}

func main() {
	h := chain(func(s string) string { return s }, wrap("b"), wrap("i"))
	fmt.Println(h("x"))
	var nh Handler
	fmt.Println(nh == nil)
	handlers := map[string]Handler{"up": func(s string) string { return s + "!" }}
	if f, ok := handlers["up"]; ok && f != nil {
		fmt.Println(f("hey"))
	}
}
