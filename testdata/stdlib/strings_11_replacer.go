package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("", "X")
	fmt.Println(r3.Replace("abc"))
	r4 := strings.NewReplacer("hello", "HELLO", "world", "WORLD")
	fmt.Println(r4.Replace("hello world, hello gopher"))
	var sb strings.Builder
	n, err := r4.WriteString(&sb, "say hello")
	fmt.Println(n, err, sb.String())
	r5 := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(r5.Replace("abba"))
}
