go functionName()
go func() {
    // anonymous function
}()
