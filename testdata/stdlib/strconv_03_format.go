package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int64{0, 7, -7, 255, -255, 1 << 40, -1 << 63} {
		fmt.Println(strconv.FormatInt(n, 10), strconv.FormatInt(n, 2), strconv.FormatInt(n, 8), strconv.FormatInt(n, 16), strconv.FormatInt(n, 36))
	}
	fmt.Println(strconv.FormatUint(18446744073709551615, 10), strconv.FormatUint(18446744073709551615, 16))
	b := []byte("list:")
	for i := 0; i < 5; i++ {
		b = strconv.AppendInt(b, int64(i*i), 10)
		b = append(b, ' ')
	}
	b = strconv.AppendBool(b, true)
	b = strconv.AppendQuoteRune(b, 'x')
	b = strconv.AppendFloat(b, 1.5, 'f', 3, 64)
	b = strconv.AppendUint(b, 99, 16)
	fmt.Println(string(b))
	fmt.Println(strconv.Itoa(12345) + "!")
}
