package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"key=value", "novalue", "=x", "a=b=c", ""} {
		before, after, found := strings.Cut(s, "=")
		fmt.Printf("%q %q %q %v\n", s, before, after, found)
	}
	fmt.Printf("%q\n", strings.Fields(" \u00a0a\u2003b  c "))
	fmt.Printf("%q\n", strings.SplitAfterN("a.b.c.d", ".", 3))
	fmt.Printf("%q\n", strings.SplitN("a.b", ".", -1))
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.LastIndexFunc("1abc", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.ContainsAny("", "a"), strings.Index("", ""), strings.LastIndex("abc", ""))
	fmt.Println(strings.Count("aaaa", "aa"), strings.Count("日本語", ""))
	fmt.Printf("%q\n", strings.TrimLeft("  \t x", " \t"))
	fmt.Printf("%q\n", strings.Trim("", "abc"))
	fmt.Printf("%q\n", strings.TrimRight("abc", ""))
}
