package main

import "fmt"

func risky(out chan<- string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			done := make(chan bool)
			go func() {
				out <- fmt.Sprint("cleanup goroutine saw: ", r)
				done <- true
			}()
			<-done
			select {
			case out <- "select in deferred func":
			default:
				out <- "unexpected default"
			}
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	panic("bad state")
}

func main() {
	out := make(chan string, 4)
	fmt.Println(risky(out))
	close(out)
	for s := range out {
		fmt.Println(s)
	}
}
