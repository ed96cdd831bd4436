package main

import "fmt"

func two() (int, error) { return 7, nil }

func main() {
	m := map[string]int{}
	var err error
	m["a"], err = two()
	fmt.Println(m, err)
	var v int
	var ok bool
	v, ok = m["a"]
	fmt.Println(v, ok)
	v, ok = m["zz"]
	fmt.Println(v, ok)
	var i interface{} = "str"
	var s string
	s, ok = i.(string)
	fmt.Println(s, ok)
	ch := make(chan int, 1)
	ch <- 3
	v, ok = <-ch
	fmt.Println(v, ok)
	if x, ok := m["a"]; ok {
		fmt.Println("found", x)
	}
	_, present := m["a"]
	fmt.Println(present)
	mm := map[string]map[string]int{"o": {}}
	mm["o"]["i"] = 5
	mm["o"]["i"] *= 3
	fmt.Println(mm)
	ms := map[string][2]int{}
	arr := ms["x"]
	arr[0] = 1
	ms["x"] = arr
	fmt.Println(ms)
}
