var wg sync.WaitGroup
wg.Add(2)
go func() {
	defer wg.Done()
	fmt.Println("one worker finished")
}()
wg.Wait()
