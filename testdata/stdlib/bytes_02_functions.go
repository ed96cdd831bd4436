package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("  The quick brown fox jumps over the lazy dog  ")
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))
	fmt.Println(bytes.Index(s, []byte("fox")), bytes.LastIndex(s, []byte("o")), bytes.IndexByte(s, 'q'), bytes.IndexRune([]byte("héllo"), 'l'), bytes.IndexAny(s, "xyz"), bytes.LastIndexByte(s, 'T'))
	fmt.Println(bytes.Count(s, []byte("o")), bytes.Count([]byte("five"), nil), bytes.Contains(s, []byte("lazy")), bytes.ContainsRune(s, 'z'), bytes.ContainsAny(s, "!?"))
	fmt.Printf("%s|%s|%s\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Printf("%s|%s\n", bytes.TrimPrefix([]byte("prefix.body"), []byte("prefix.")), bytes.TrimSuffix([]byte("body.suffix"), []byte(".suffix")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper([]byte("gopher")), bytes.ToLower([]byte("GoPHER")), bytes.Title([]byte("go gopher")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'o' {
			return '0'
		}
		return r
	}, []byte("foo boo")))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare(nil, []byte{}), bytes.Compare([]byte("b"), []byte("a")), bytes.EqualFold([]byte("Σ"), []byte("σ")))
	fmt.Printf("%s %s\n", bytes.Repeat([]byte("-="), 5), bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	fmt.Printf("%s\n", bytes.Replace([]byte("oink oink oink"), []byte("oink"), []byte("moo"), 2))
	fmt.Println(bytes.HasPrefix(s, []byte("  The")), bytes.HasSuffix(s, []byte("dog")))
}
