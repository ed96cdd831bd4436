package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "hi\n")
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '☺')
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 3.25, 'f', -1, 64)
	b = append(b, ' ')
	b = strconv.AppendQuoteToASCII(b, "日本")
	fmt.Println(string(b))
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(35, 36), strconv.FormatUint(1<<63, 10))
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-9223372036854775808))
	fmt.Println(strconv.QuoteRuneToASCII('é'), strconv.QuoteToGraphic("\u00a0x\t"))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u00a0'))
	fmt.Println(strconv.CanBackquote("a`b"), strconv.CanBackquote("ok"))
}
