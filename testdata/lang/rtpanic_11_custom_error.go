package main

import "fmt"

type ValidationError struct {
	Field string
	Code  int
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code)
}

func main() {
	panic(ValidationError{"name", 17})
}
