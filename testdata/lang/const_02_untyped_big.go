package main

import "fmt"

const Huge = 1 << 100
const Small = Huge >> 98
const Big = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(Small)
	fmt.Println(Huge / (1 << 90))
	fmt.Println(Big)
	const f = 1.0 / 3
	fmt.Println(f)
	const third = 1 / 3
	fmt.Println(third)
	var x float64 = Huge >> 40
	fmt.Println(x)
	const m = 'a' + 1
	fmt.Println(m, string(rune(m)))
	fmt.Printf("%T %T %T\n", m, f, third)
}
