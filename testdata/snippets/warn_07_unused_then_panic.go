func pick(xs []int, i int) int {
	last := len(xs) - 1
	return xs[i]
}

fmt.Println(pick([]int{1, 2, 3}, 1))
fmt.Println(pick([]int{1, 2, 3}, 5))
