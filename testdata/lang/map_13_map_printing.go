package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]bool{3: true, -1: false, 2: true})
	fmt.Println(map[float64]string{2.5: "b", -1: "a"})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[string][]int{"z": {1}, "a": nil})
	fmt.Printf("%v %d\n", map[string]int{}, map[string]int{"x": 1})
	var nm map[string]int
	fmt.Println(nm, len(nm))
	fmt.Printf("%+v\n", map[string]K{"k": {1, "x"}})
	fmt.Println(map[[2]int]string{{2, 1}: "b", {1, 2}: "a"})
}
