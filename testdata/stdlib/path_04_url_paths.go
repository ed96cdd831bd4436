package main

import (
	"fmt"
	"path"
	"strings"
)

// package path on URL-like paths: routing by Clean/Split/Match, joining
// segments with dots and empty parts, Ext of query-like names.
func main() {
	routes := []string{"/api/v1/users/*", "/static/*.css", "/static/img/?.png", "/docs/[a-c]*"}
	for _, req := range []string{
		"/api/v1/users/42", "/api//v1/./users/7/", "/static/site.css", "/static/img/a.png",
		"/static/img/ab.png", "/docs/bravo", "/docs/delta", "/../api/v1/users/x", "api/v1/users/1",
	} {
		clean := path.Clean("/" + req)
		matched := "-"
		for _, r := range routes {
			if ok, _ := path.Match(r, clean); ok {
				matched = r
				break
			}
		}
		dir, file := path.Split(clean)
		fmt.Printf("%-22s %-20s dir=%-16s file=%-8s ext=%q %s\n", req, clean, dir, file, path.Ext(clean), matched)
	}
	fmt.Println(path.Join("a", "", "b/../c", "/d/", "."))
	fmt.Println(path.Join("", ""), path.Join("/", ".."), path.Join("..", "x"))
	fmt.Println(path.Base("/a/b.tar.gz"), path.Ext("/a/b.tar.gz"), path.Ext("/a.b/c"), path.Dir("a.b/c.d"))
	segs := strings.Split("x/y/z", "/")
	fmt.Println(path.Join(segs...), path.IsAbs(path.Join(append([]string{"/"}, segs...)...)))
	_, err := path.Match("a[", "a")
	fmt.Println(err, err == path.ErrBadPattern)
	ok, err := path.Match("a\\*b", "a*b")
	fmt.Println(ok, err)
	ok, err = path.Match("*x", "a/x")
	fmt.Println(ok, err)
}
