ch := make(chan int, 1)
ch <- 1
close(ch)
fmt.Println(<-ch, len(ch))
close(ch)
