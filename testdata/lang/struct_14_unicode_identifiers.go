package main

import "fmt"

type Größe struct{ wert int }

func (g Größe) Doppelt() int { return g.wert * 2 }

func main() {
	π := 3.14159
	日本 := "japan"
	g := Größe{21}
	fmt.Println(π, 日本, g.Doppelt())
	var ñ, _x1 = 1, 2
	fmt.Println(ñ + _x1)
}
