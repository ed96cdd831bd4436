package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.code) }

func main() {
	fmt.Println(Red, Green, []Color{Green, Red})
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	fmt.Printf("%10v|%-10v|\n", Red, Green)
	fmt.Println(E{5}, []error{E{1}, nil})
	fmt.Printf("%v %s %+v\n", E{2}, E{3}, E{4})
	m := map[Color]int{Green: 2, Red: 1}
	fmt.Println(m)
	fmt.Printf("%T %T %T %T\n", Red, E{}, &E{}, []interface{}{1})
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%03d:%02d\n", 7, 5)
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	s := fmt.Sprintf("%v|%v|%v", int32(-7), uint16(7), uintptr(9))
	fmt.Println(s)
	fmt.Printf("%c|%5c|%-3c|\n", 'é', 'x', 'y')
	fmt.Printf("%U %#U\n", 'é', 'é')
	fmt.Printf("%e %E %.0f %.1f\n", 1500.0, 0.00015, 2.5, 0.05)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 1e21, 1e-5)
	fmt.Printf("%v %v\n", float32(0.1), 1e6)
}
