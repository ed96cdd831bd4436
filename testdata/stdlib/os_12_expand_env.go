package main

import (
	"fmt"
	"os"
	"strings"
)

// os.ExpandEnv and os.Expand: $NAME, ${NAME}, special one-character
// names, bad syntax, a missing variable.
func main() {
	os.Setenv("MG_NAME", "gopher")
	os.Setenv("MG_HOME", "/home/gopher")
	os.Unsetenv("MG_MISSING")

	for _, s := range []string{
		"hello $MG_NAME",
		"${MG_HOME}/bin:$MG_HOME/go",
		"[$MG_MISSING]",
		"no dollars",
		"$",
		"trailing $",
		"${}x",
		"${MG_NAME",
		"$$ $1 $* ${#} $-",
		"a$MG_NAME.b ${MG_NAME}s",
		"$MG_NAME$MG_NAME",
		"€ $MG_NAME €",
		"",
	} {
		fmt.Printf("%q -> %q\n", s, os.ExpandEnv(s))
	}

	mapping := func(name string) string {
		switch name {
		case "USER":
			return "ann"
		case "1":
			return "first"
		case "*":
			return "all args"
		}
		return "<" + strings.ToLower(name) + ">"
	}
	for _, s := range []string{
		"$USER is ${USER}", "$1 and $2", "${*}", "$*x", "${A B}", "$A-B", "${{}", "x${y}z",
	} {
		fmt.Printf("%q -> %q\n", s, os.Expand(s, mapping))
	}
	calls := 0
	os.Expand("$a $b ${c} $", func(string) string { calls++; return "" })
	fmt.Println("calls:", calls)
}
