package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "FALSE", "yes", ""} {
		v, err := strconv.ParseBool(s)
		fmt.Println(s, v, err)
	}
	for _, s := range []string{`"abc"`, "`raw\\n`", `'x'`, `"a\tb"`, `"\u263a"`, `abc`, `"unterminated`, `'ab'`, `"\q"`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%s -> %q %v\n", s, v, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\x41rest`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`é!`, '"')
	fmt.Println(v, mb, tail, err)
}
