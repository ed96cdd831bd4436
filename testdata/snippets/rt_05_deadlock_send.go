ch := make(chan int)
fmt.Println("about to block forever")
ch <- 1
fmt.Println("not reached")
