package main

import "fmt"

type Item struct{ id int }

func main() {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	items := []Item{{1}, {2}, {3}}
	var ip []*Item
	for i := range items {
		ip = append(ip, &items[i])
	}
	items[0].id = 100
	fmt.Println(ip[0].id, ip[2].id)
}
