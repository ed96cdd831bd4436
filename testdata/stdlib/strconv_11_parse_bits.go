package main

import (
	"fmt"
	"strconv"
)

func main() {
	tests := []struct {
		s    string
		base int
		bits int
	}{
		{"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8},
		{"0x1F", 0, 64}, {"0b101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64},
		{"1_000", 0, 64}, {"1_000", 10, 64}, {"zz", 36, 64}, {"9223372036854775808", 10, 64},
		{"", 10, 64}, {"+5", 10, 64}, {"ff", 16, 32},
	}
	for _, t := range tests {
		v, err := strconv.ParseInt(t.s, t.base, t.bits)
		fmt.Println(t.s, v, err)
	}
	for _, s := range []string{"255", "256", "-1", "65535"} {
		v, err := strconv.ParseUint(s, 10, 8)
		fmt.Println(s, v, err)
	}
	_, err := strconv.ParseInt("5", 1, 64)
	fmt.Println(err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
}
