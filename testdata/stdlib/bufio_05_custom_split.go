package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	// split on commas
	commas := func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	sc := bufio.NewScanner(strings.NewReader("alpha,beta,,gamma,delta"))
	sc.Split(commas)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	bs := bufio.NewScanner(strings.NewReader("ab\r\ncd\n"))
	bs.Split(bufio.ScanBytes)
	n := 0
	for bs.Scan() {
		n++
	}
	fmt.Println("bytes:", n)
	ls := bufio.NewScanner(strings.NewReader("windows\r\nline\r\n\r\nend"))
	for ls.Scan() {
		fmt.Printf("%q %v\n", ls.Text(), ls.Bytes())
	}
	words := bufio.NewScanner(strings.NewReader(strings.Repeat("word ", 5000)))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println("words:", count, words.Err())
	adv, tok, err := bufio.ScanLines([]byte("no newline"), true)
	fmt.Println(adv, string(tok), err)
}
