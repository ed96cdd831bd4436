package main

import (
	"fmt"
	"strings"
)

func main() {
	csv := "name,age,city\nAnn,31,Oslo\nBob,,Rome\n"
	for i, line := range strings.Split(strings.TrimSuffix(csv, "\n"), "\n") {
		fields := strings.Split(line, ",")
		fmt.Println(i, len(fields), fields)
	}
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 3))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", -1))
	fmt.Printf("%q\n", strings.SplitAfterN("a:b:c:d", ":", 2))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.SplitN("héllo", "", 3))
	fmt.Println(strings.Replace("banana", "a", "o", 2), strings.Replace("banana", "", "|", 3), strings.ReplaceAll("banana", "na", "NA"))
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;")
	fmt.Println(r.Replace(`<a href="x">Tom & Jerry</a>`))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	k, v, ok := strings.Cut("user=admin=x", "=")
	fmt.Println(k, v, ok)
	k, v, ok = strings.Cut("nothing", "=")
	fmt.Printf("%q %q %v\n", k, v, ok)
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsAny("hello", "xyzl"), strings.ContainsRune("abc", 'b'), strings.IndexAny("golang", "xyzn"), strings.HasPrefix("", ""))
}
