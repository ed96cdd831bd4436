var ErrNotFound = errors.New("not found")

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func find(id int) error {
	if id < 0 {
		return &ValidationError{"id"}
	}
	return fmt.Errorf("find %d: %w", id, ErrNotFound)
}

err := find(7)
fmt.Println(err)
fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
var ve *ValidationError
err = find(-1)
fmt.Println(errors.As(err, &ve), ve.Field)
fmt.Println(errors.Is(err, ErrNotFound))
