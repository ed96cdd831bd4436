package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar\t baz \n"))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c33d", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3), strings.Repeat("", 5))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("abc", "", "-"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("", ""), strings.ContainsRune("abc", 'c'), strings.ContainsAny("failure", "ui"), strings.ContainsAny("x", ""))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"))
	fmt.Printf("[%s] [%s] [%s] [%s]\n", strings.Trim("!!hi!!", "!"), strings.TrimSpace(" \t hi there \n "), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.ToUpper("Hello, Wörld ß"), strings.ToLower("HELLO ΩMEGA"), strings.ToTitle("loud"), strings.Title("hello wide world"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("K", "\u212A"), strings.EqualFold("a", "b"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Compare("a", "b"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	b, a, f := strings.Cut("key=value", "=")
	fmt.Println(b, a, f)
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d...", 3-i)
	}
	sb.WriteString("ignition")
	sb.WriteByte('!')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())
	r := strings.NewReader("héllo world")
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	r2 := strings.NewReader("é!")
	ch, sz, err := r2.ReadRune()
	fmt.Println(ch, sz, err, r2.Len())
	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "a", "A")
	fmt.Println(rep.Replace("<a href>banana</a>"))
	fmt.Println(strings.NewReplacer("", "-").Replace("abc"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaaaa aa a"))
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.LastIndexFunc("go123", unicode.IsLetter))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "a\xffb"))
}
