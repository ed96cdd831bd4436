package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	var k interface{} = map[string]int{}
	fmt.Println("inserting")
	m[k] = 1
}
