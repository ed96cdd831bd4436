// a snippet made of statements only: they become func main's body, in order
sum := 0
for i := 1; i <= 10; i++ {
	if i%2 == 0 {
		sum += i
	} else if i == 5 {
		fmt.Println("five")
	} else {
		continue
	}
}
fmt.Println("sum of evens:", sum)

n := 27
steps := 0
for n != 1 {
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
}
fmt.Println("collatz steps:", steps)
