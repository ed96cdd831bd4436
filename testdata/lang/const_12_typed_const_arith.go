package main

import "fmt"

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
)

func (d Duration) Seconds() float64 { return float64(d) / float64(Second) }

func main() {
	fmt.Println(Minute, Second*90, (1500 * Millisecond).Seconds())
	fmt.Printf("%T %T\n", Minute, Minute.Seconds())
	d := 2 * Second
	d += 500 * Millisecond
	fmt.Println(d, d.Seconds())
	const big = 1 << 40
	fmt.Println(Duration(big) / Second)
	const f = 2.5
	fmt.Println(Duration(f*4) * Second)
}
