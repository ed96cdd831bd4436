// fib is a package-level var; the statements give it a recursive value
var fib func(int) int

fib = func(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
fmt.Println(fib(20))
memo := map[int]int{}
var count func(int) int
count = func(n int) int {
	if n <= 1 {
		return 1
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = count(n-1) + count(n-2)
	return memo[n]
}
fmt.Println(count(50))
