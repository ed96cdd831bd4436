package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+5", "", "x", "12a", "99999999999999999999", "-9223372036854775808", "9223372036854775807", "1_000", "-"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0x1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"300", 10, 8}, {"-129", 10, 8}, {"1_000", 0, 64}, {"1__0", 0, 64}, {"z", 36, 64}, {"1", 1, 64}, {"7", 8, 65}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		u, err2 := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Println(c.s, n, err, u, err2)
	}
	_, err := strconv.Atoi("abc")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.Itoa(-123), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36), strconv.FormatBool(true))
	fmt.Println(string(strconv.AppendInt([]byte("n="), -42, 10)), string(strconv.AppendQuote(nil, "q")), string(strconv.AppendBool(nil, false)))
	for _, f := range []float64{0, 1, -1.5, 3.141592653589793, 1e21, 1e-7, 123456789, 0.1, 2.5, 1.0 / 3, 100} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', 4, 64), strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'b', -1, 64))
	}
	for _, s := range []string{"1_000", "0x1_0p0", "1e-400", "1e400", "-1e400", "inf", "-Infinity", "nan", "NaN", ".5", "5.", ".", "1e", "0x1p-2", "0x10", "+3.25e+2", " 1", "1.7976931348623159e308", "4e-324", "3.4028236e38", "1e39", "0.1", "1_.5", "0x.8p1"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err2)
	}
	fmt.Println(strconv.Quote("Hello, 世界\n\t\"x\"\x00\xff\u2028"), strconv.QuoteToASCII("世界☺"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('☺'))
	for _, s := range []string{`"abc"`, `"a\tb\u00e9\x41\101"`, "`raw\\n`", `'x'`, `'\n'`, `"bad`, `'ab'`, `"\q"`, `"é"`, `'é'`, `""`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	fmt.Println(strconv.CanBackquote("a`b"), strconv.CanBackquote("ok"), strconv.IsPrint('\u00ad'), strconv.IntSize)
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
}
