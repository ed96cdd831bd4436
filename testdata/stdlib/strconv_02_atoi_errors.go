package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "  7", "x", "3.14", "-0", "+12", "9223372036854775808", "-9223372036854775809", "0x10", "1e3"}
	sum := 0
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			fmt.Println("error:", err)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("  Func=%s Num=%q range=%v syntax=%v\n", ne.Func, ne.Num, errors.Is(err, strconv.ErrRange), errors.Is(ne, strconv.ErrSyntax))
			}
			continue
		}
		sum += n
		fmt.Println("ok:", n)
	}
	fmt.Println("sum:", sum)
}
