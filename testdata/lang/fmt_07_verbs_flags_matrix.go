package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%5v|%-5v|%05d|%x|% x|%X\n", []int{1, 2}, 3, -42, -255, "hi", "hi")
	fmt.Printf("%08.3f|%+.2f|% .2f|%-8.2f|\n", -3.14159, 2.0, 2.0, 1.5)
	fmt.Printf("%+q|%q|%q|%#q\n", "é", 'x', 0x1F600, "raw")
	fmt.Printf("%s|%d|%t|%x\n", 5, true, 1, 3.5)
	fmt.Printf("%c|%c|%U|%#U\n", 0x10FFFF+1, 'A', 0x41, 0x1F600)
	fmt.Printf("%v|%+v|%#v\n", map[P]int{{1, "a"}: 1}, P{2, "b"}, map[string]P{"k": {3, "c"}})
	fmt.Printf("%6.2v|%.0f|%.1e|%G\n", 3.14159, 2.5, 123456.0, 1e-10)
	fmt.Printf("%o|%O|%b|%#b\n", 64, 64, 10, 5)
	fmt.Printf("%3s|%-3s|%.1s|%q\n", "abcd", "ab", "xyz", []byte("b"))
	fmt.Printf("%v %v %v\n", int8(-1), uint8(255), []uint8{1, 2})
	fmt.Printf("%x %X %x\n", []byte{0xde, 0xad}, "Go", []string{"ab", "c"})
	fmt.Printf("%t %v\n", false, []bool{true, false})
	fmt.Printf("%d%%|%%d\n", 50)
	fmt.Printf("%-10q|%10q|\n", "go", "go")
	fmt.Printf("%05s|%.3d|%8.3d|%+d\n", "ab", 7, 42, 0)
	fmt.Printf("%v|%d\n", [3]int{1, 2, 3}, [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%e|%f|%g\n", 0.0, 0.0, 0.0)
	fmt.Printf("%.3g|%.10g|%g\n", 1234567.0, 1.0/3, 1e-7)
	fmt.Printf("%v|%v|%v\n", 1e20, 1e21, 123456789.0)
	fmt.Printf("%v|%.2f\n", float32(2.5), float32(1.005))
	fmt.Printf("%*s|%-*s|\n", 6, "r", 6, "l")
	fmt.Printf("%d %s\n", []int{}, []string{})
	fmt.Printf("extra %d\n", 1, "x")
	fmt.Printf("missing %d %s\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
}
