package main

import "fmt"

func process(xs []int) (res int) {
	i := 0
loop:
	if i >= len(xs) {
		goto done
	}
	if xs[i] < 0 {
		i++
		goto loop
	}
	res += xs[i]
	i++
	goto loop
done:
	return
}

func main() {
	fmt.Println(process([]int{1, -2, 3, -4, 5}))
	n := 0
	for {
		n++
		if n == 3 {
			goto out
		}
	}
out:
	fmt.Println("out at", n)
}
