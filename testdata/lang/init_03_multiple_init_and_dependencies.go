package main

import "fmt"

var trace []string

func t(s string) int {
	trace = append(trace, s)
	return len(trace)
}

var (
	x = t("x") + y
	y = t("y")
	z = func() int { return t("z") * 10 }()
)

func init() { t("init1") }

var w = t("w")

func init() { t("init2") }

func main() {
	t("main")
	fmt.Println(trace)
	fmt.Println(x, y, z, w)
}
