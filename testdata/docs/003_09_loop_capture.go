// Incorrect - all goroutines share same 'i'
for i := 0; i < 5; i++ {
    go func() {
        fmt.Println(i)  // May print unexpected values
    }()
}

// Correct - pass 'i' as parameter
for i := 0; i < 5; i++ {
    go func(id int) {
        fmt.Println(id)  // Prints 0,1,2,3,4 (order not guaranteed)
    }(i)
}
