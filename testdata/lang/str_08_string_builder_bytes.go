package main

import "fmt"

func main() {
	var buf []byte
	for i := 0; i < 5; i++ {
		buf = append(buf, byte('0'+i))
		buf = append(buf, ", "...)
	}
	s := string(buf[:len(buf)-2])
	fmt.Println(s, len(s))
	b2 := append([]byte("go"), "pher"...)
	fmt.Println(string(b2))
	fmt.Println(string(s[0]), s[0:1] == "0")
	x := "abc"
	y := x[:2] + "z"
	fmt.Println(x, y, x[1:] < y[1:])
	fmt.Println(fmt.Sprintf("%s|%5s|%-5s|%.2s|%x", "hi", "ab", "cd", "xyz", "AB"))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("end", 1) == "end 1\n")
}
