package main

import "fmt"

func main() {
	var n int
	fmt.Scan(&n)
	sum := 0
	for i := 0; i < n; i++ {
		var x int
		if _, err := fmt.Scan(&x); err != nil {
			fmt.Println("error:", err)
			return
		}
		sum += x
	}
	fmt.Println("sum", sum)
	var name string
	var age int
	c, err := fmt.Scanf("%s %d\n", &name, &age)
	fmt.Println(c, err, name, age)
	var w1, w2 string
	c, err = fmt.Scanln(&w1, &w2)
	fmt.Println(c, err, w1, w2)
	c, err = fmt.Scan(&w1)
	fmt.Println(c, err)
}
