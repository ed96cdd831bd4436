package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"abc", "a\xffb", "a\xff\xfeb\xc3", "\xe4\xb8\x96x\xe4\xb8", ""} {
		fmt.Printf("%q %q %q\n", strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""), bytes.ToValidUTF8([]byte(s), []byte("\uFFFD")))
	}
}
