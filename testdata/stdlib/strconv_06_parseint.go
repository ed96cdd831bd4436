package main

import (
	"fmt"
	"strconv"
)

func main() {
	tests := []struct {
		s          string
		base, bits int
	}{
		{"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"ff", 16, 16}, {"FF", 16, 8}, {"0xFF", 0, 16}, {"0b1010_1010", 0, 16},
		{"0o777", 0, 32}, {"0777", 0, 32}, {"777", 8, 32}, {"zz", 36, 64}, {"", 10, 64}, {"12", 37, 64}, {"-5", 10, 64}, {"4294967296", 10, 32},
	}
	for _, t := range tests {
		i, err1 := strconv.ParseInt(t.s, t.base, t.bits)
		u, err2 := strconv.ParseUint(t.s, t.base, t.bits)
		fmt.Printf("%q base %d bits %d: %d %v | %d %v\n", t.s, t.base, t.bits, i, err1, u, err2)
	}
}
