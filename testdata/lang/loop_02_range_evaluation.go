package main

import "fmt"

func getSlice() []int {
	fmt.Println("getSlice called")
	return []int{1, 2, 3}
}

func main() {
	for i, v := range getSlice() {
		fmt.Println(i, v)
	}
	arr := [3]int{1, 2, 3}
	for i := range arr {
		arr[len(arr)-1-i] = 0
	}
	fmt.Println(arr)
	var idx int
	var val string
	for idx, val = range []string{"p", "q"} {
	}
	fmt.Println(idx, val)
	m := map[string]int{"only": 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	var nilp *[4]int
	for i := range nilp {
		fmt.Print(i)
	}
	fmt.Println()
}
