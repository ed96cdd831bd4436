package main

import "fmt"

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }

type baseErr struct{}

func (baseErr) Error() string { return "timeout" }

func main() {
	fmt.Println("running")
	panic(&QueryError{"select 1", baseErr{}})
}
