package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Printf("%q\n", bytes.Fields([]byte("  a bb  ccc ")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--")))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil))
	fmt.Println(bytes.HasPrefix([]byte("golang"), []byte("go")), bytes.HasSuffix([]byte("golang"), []byte("x")))
	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")), bytes.IndexByte([]byte("abc"), 'z'), bytes.LastIndex([]byte("go gopher"), []byte("go")))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil))
	fmt.Printf("%s|%s|%s\n", bytes.TrimSpace([]byte("  x  ")), bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimPrefix([]byte("prefix"), []byte("pre")))
	fmt.Printf("%s %s\n", bytes.ToUpper([]byte("abc é")), bytes.ToLower([]byte("ABC")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.ContainsRune([]byte("héllo"), 'é'), bytes.IndexRune([]byte("héllo"), 'l'))
	before, after, ok := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, ok)
	fmt.Printf("%q\n", bytes.Runes([]byte("añb")))
	fmt.Printf("%s\n", bytes.Title([]byte("hello world")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune { return r + 1 }, []byte("HAL")))
}
