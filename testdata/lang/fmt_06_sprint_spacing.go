package main

import "fmt"

type S struct{}

func (S) String() string { return "S" }

func main() {
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", 1, 2, "b"), fmt.Sprint(1, "a", 2))
	fmt.Println(fmt.Sprint(S{}, S{}), fmt.Sprint(1.5, true), fmt.Sprint(nil, nil))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}), fmt.Sprint("x", "y"))
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", "\n")
	fmt.Print(S{}, 3, "\n")
	fmt.Println(fmt.Sprintln("a", 1, true) == "a 1 true\n")
	var e error
	fmt.Println(fmt.Sprint(e), fmt.Sprint(e, e))
}
