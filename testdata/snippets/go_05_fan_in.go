func producer(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s-%d", name, i)
		}
		close(ch)
	}()
	return ch
}

a, b := producer("a", 3), producer("b", 2)
for a != nil || b != nil {
	select {
	case v, ok := <-a:
		if !ok {
			a = nil
			continue
		}
		fmt.Println(v)
	case v, ok := <-b:
		if !ok {
			b = nil
			continue
		}
		fmt.Println(v)
	}
}
fmt.Println("both closed")
