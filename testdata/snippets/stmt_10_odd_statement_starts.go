// statements that start with an operator or a parenthesis
x := 5
p := &x
*p = 7
fmt.Println(x)
<-time.After(time.Millisecond)
(func() { fmt.Println("parenthesised call") })()
ch := make(chan int, 1)
ch <- 3
x += <-ch
fmt.Println(x)
[]int{1, 2}[0] = 5
fmt.Println("done")
